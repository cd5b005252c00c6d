using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>Keeps every formatted log line, with its level and event id, for assertions.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, EventId Id, string Text)> _lines = [];

    public IReadOnlyList<(LogLevel Level, EventId Id, string Text)> Lines
    {
        get { lock (_lines) return _lines.ToList(); }
    }

    public string AllText => string.Join('\n', Lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            string text = formatter(state, exception) + (exception is null ? "" : " | " + exception);
            lock (owner._lines) owner._lines.Add((logLevel, eventId, text));
        }
    }
}
