using System.Diagnostics.CodeAnalysis;

namespace WebexCalling.Sdk.Telephony.CallQueue;

[SuppressMessage("Naming", "CA1711", Justification = "A call queue is the Webex feature's name (wxc_sdk: CallQueue).")]
public sealed partial record CallQueue;
