// Package input turns the paths a user names into inputs, and reads them:
// it finds the files (Discover), tells their format from their name or
// their text (FormatOf, DetectFormat), reads them up to a size limit
// (ParseSize, ReadLimited) and decompresses gzip data (IsGzip, Gunzip,
// GzipReader). Package lint and package redact share it, so that redact
// reads a file exactly as check does.
package input

import "io"

// Input is one thing to read: a file by Path, or a stream (standard input).
type Input struct {
	Name   string    // shown in findings and messages
	Path   string    // read from this path when Reader is nil
	Reader io.Reader // read from here instead of Path
	Format Format    // Sniff decides from the text
}

// ReadLimited reads r to its end, or to one byte past limit: a result
// longer than limit says that r holds more than limit bytes, without
// reading the rest of it.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, limit+1))
}
