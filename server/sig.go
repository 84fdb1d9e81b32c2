package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io/fs"
	"time"
)

// sigHash accumulates a signature of a directory tree.
type sigHash struct{ h hash.Hash }

func newSigHash() *sigHash { return &sigHash{h: sha256.New()} }

func (s *sigHash) add(p string, size int64, mod time.Time, mode fs.FileMode) {
	fmt.Fprintf(s.h, "%s\x00%d\x00%d\x00%d\n", p, size, mod.UnixNano(), mode)
}

func (s *sigHash) sum() string { return hex.EncodeToString(s.h.Sum(nil)) }
