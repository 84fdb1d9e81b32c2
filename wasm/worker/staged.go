//go:build js

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"syscall/js"

	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// stagedRun is the OPFS folder of the imported file the next run starts from; apart
// from currentRun, which a new run clears.
const stagedRun = "staged"

// stagedFile is the imported file's name in stagedRun.
const stagedFile = "weights"

// doStage checks an imported weights file and keeps it in browser storage as the
// start of the next run. A file that is not a ResNet-18 is refused and the file
// staged before stays.
func (w *computeWorker) doStage(seq uint64, req protocol.Stage, payload js.Value) error {
	if !payload.Truthy() {
		return errors.New("no file came with the import")
	}
	data := jsutil.Bytes(payload)
	_, classes, names, size, err := parseWeights(req.Name, data)
	if err != nil {
		return err
	}
	store, err := openRunStore(stagedRun)
	if err != nil {
		return err
	}
	if err := store.writeAll(stagedFile, data); err != nil {
		return fmt.Errorf("keeping %s in browser storage: %w", req.Name, err)
	}
	sum := sha256.Sum256(data)
	if len(names) != classes {
		names = make([]string, classes)
	}
	w.reply(protocol.KindStaged, seq, protocol.Staged{Weights: protocol.Load{URL: protocol.StagedURL, SHA256: hex.EncodeToString(sum[:]),
		Size: int64(len(data)), Name: fmt.Sprintf("%s (%d classes, %d²)", req.Name, classes, size), Classes: names}})
	return nil
}

// readStaged returns the staged file, if it is still the one req names.
func readStaged(req protocol.Load) ([]byte, error) {
	store, err := openRunStore(stagedRun)
	if err != nil {
		return nil, err
	}
	data, err := store.Read(stagedFile)
	if err != nil {
		return nil, fmt.Errorf("the imported file %s is no longer in browser storage (%v): import it again", req.Name, err)
	}
	if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != req.SHA256 {
		return nil, fmt.Errorf("the imported file in browser storage is no longer %s (another was imported since): import it again", req.Name)
	}
	return data, nil
}
