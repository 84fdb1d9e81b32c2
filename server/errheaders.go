package main

import (
	"bytes"
	"net"
	"net/http"
	"regexp"
)

// Go's HTTP server answers a request it cannot parse (400, 431 header too large, 501
// unknown transfer coding, ...) by itself, writing the whole response straight to the
// connection before any handler runs, so those responses lack the headers every
// webtune response carries (setIsolationHeaders). isolatingListener adds them: it
// recognises that one fixed response form in a connection's writes and inserts the
// headers before its "Connection: close".
type isolatingListener struct{ net.Listener }

func (l isolatingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &isolatingConn{Conn: c}, nil
}

type isolatingConn struct{ net.Conn }

// goErrorResponse is the head of the responses net/http writes itself
// (server.go: "HTTP/1.1 " + publicErr + errorHeaders + publicErr).
var goErrorResponse = regexp.MustCompile(`\AHTTP/1\.1 [45]\d\d [^\r\n]*\r\nContent-Type: text/plain; charset=utf-8\r\n(Connection: close\r\n\r\n)`)

// isolationHeaderBlock is setIsolationHeaders' headers as raw header lines.
var isolationHeaderBlock = func() []byte {
	h := http.Header{}
	setIsolationHeaders(h)
	var b bytes.Buffer
	h.Write(&b)
	return b.Bytes()
}()

func (c *isolatingConn) Write(p []byte) (int, error) {
	m := goErrorResponse.FindSubmatchIndex(p)
	if m == nil || bytes.Contains(p[:m[1]], []byte("Cross-Origin-Opener-Policy")) {
		return c.Conn.Write(p)
	}
	out := make([]byte, 0, len(p)+len(isolationHeaderBlock))
	out = append(out, p[:m[2]]...)
	out = append(out, isolationHeaderBlock...)
	out = append(out, p[m[2]:]...)
	if _, err := c.Conn.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
