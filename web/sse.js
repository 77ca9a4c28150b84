// Server-sent events read from a fetch() body: splits the text stream into {event, data} records.
// (EventSource cannot POST, so the page parses the stream itself, as the SSE spec describes.)

/** Feeds decoded text in, calls onEvent(name, data) for each complete event. */
export function createSseParser(onEvent) {
  let buffer = '';
  let name = '';
  let data = [];

  function line(text) {
    if (text === '') {                       // a blank line ends the event
      if (data.length > 0) onEvent(name || 'message', data.join('\n'));
      name = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;        // comment / keep-alive
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }

  return {
    push(chunk) {
      buffer += chunk;
      let nl;
      while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const sep = buffer[nl] === '\r' && buffer[nl + 1] === '\n' ? 2 : 1;
        if (buffer[nl] === '\r' && nl + 1 === buffer.length) break; // maybe a \r\n split across chunks
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + sep);
      }
    },
    end() {
      if (buffer !== '') line(buffer);
      buffer = '';
      line('');
    },
  };
}
