package web

import "webtune/web/protocol"

// Paths of the server's JSON listings and file trees. The server registers them and the
// UI fetches them, so they are written down once, here.
const (
	WeightsPath  = "/weights"  // GET: WeightsList; /weights/<name>.safetensors: the file
	DatasetsPath = "/datasets" // GET: DatasetList; /datasets/<name>/manifest.json: Manifest
	StaticPath   = "/web/"     // hand-written assets and build outputs (app.wasm)
)

// Splits are the dataset splits, in ImageFolder's directory names.
var Splits = []string{"train", "test"}

// WeightsFile describes one served safetensors file.
type WeightsFile struct {
	Name       string            `json:"name"`           // file name without .safetensors
	URL        string            `json:"url"`            // absolute path, with ?v=<sha256> for caching
	Size       int64             `json:"size"`           // bytes
	SHA256     string            `json:"sha256"`         // hex
	DType      string            `json:"dtype"`          // "F32" or "F16" (of fc.weight)
	NumClasses int               `json:"numClasses"`     // rows of fc.weight
	Classes    []string          `json:"classes"`        // class names, when a names file sits beside
	Params     int64             `json:"params"`         // element count over all tensors
	Meta       map[string]string `json:"meta,omitempty"` // the file's __metadata__
}

// WeightsList is the body of GET /weights.
type WeightsList struct {
	Weights []WeightsFile `json:"weights"`
	// Note says what to do when no pretrained weights are served (empty otherwise).
	Note string `json:"note,omitempty"`
	// Fetch is the server's background download of the ImageNet weights and the hotdog
	// dataset (`webtune serve` starts it when they are missing); nil when none was needed.
	Fetch *FetchStatus `json:"fetch,omitempty"`
}

// The states of FetchStatus.
const (
	FetchOff         = "off"         // missing, but the server was told not to download (-fetch=off)
	FetchDownloading = "downloading" // in progress: File, Done and Total say where
	FetchDone        = "done"        // everything is in place; the listings include it
	FetchFailed      = "failed"      // Message says why and what to do
	FetchOffline     = "offline"     // the hosts cannot be reached: the built-in data is served
)

// FetchStatus is the progress of the server's background download.
type FetchStatus struct {
	State   string `json:"state"`          // one of the Fetch* constants
	File    string `json:"file,omitempty"` // the file being downloaded
	Done    int64  `json:"done"`           // bytes of File so far
	Total   int64  `json:"total"`          // bytes of File in all; -1 when the server did not say
	Message string `json:"message,omitempty"`
}

// DatasetSummary is one dataset in GET /datasets.
type DatasetSummary struct {
	Name        string              `json:"name"`
	ManifestURL string              `json:"manifestUrl"`
	Classes     []string            `json:"classes"`
	Counts      map[string][]int    `json:"counts"`  // split -> images per class, in Classes order
	Bytes       int64               `json:"bytes"`   // total image bytes
	Images      int                 `json:"images"`  // total images
	Skipped     int                 `json:"skipped"` // files left out (not images, unreadable)
	Samples     map[string][]string `json:"samples"` // class -> a few train image URLs
	Builtin     bool                `json:"builtin"` // drawn by the server, not real photos
}

// DatasetList is the body of GET /datasets.
type DatasetList struct {
	Datasets []DatasetSummary `json:"datasets"`
}

// Manifest is the body of GET /datasets/<name>/manifest.json: everything a client
// needs to download and check a dataset. The compute worker reads it too, so it is
// defined in the protocol package, which the worker links without go-app.
type Manifest = protocol.Manifest

// ManifestImage is one image of a manifest.
type ManifestImage = protocol.ManifestImage
