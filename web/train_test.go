package web

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web/protocol"
)

// TestEverySettingFieldSets: each number field the Train page shows (compare mode
// shows them all) changes its own setting, so a field the user typed is applied, and
// kept when the defaults arrive after it.
func TestEverySettingFieldSets(t *testing.T) {
	lists := &DatasetList{Datasets: []DatasetSummary{{Name: "colors", Classes: []string{"a", "b"}}}}
	p := &Train{state: "idle", datasets: lists, weights: &WeightsList{}, dataset: "colors",
		settings: protocol.TrainSettings{Mode: protocol.ModeCompare}}
	ids := regexp.MustCompile(`id="set-(\w+)"`).FindAllStringSubmatch(app.HTMLString(p.Render()), -1)
	if len(ids) < 8 {
		t.Fatalf("found %d setting fields; want the 8 of compare mode", len(ids))
	}
	seen := map[protocol.TrainSettings]string{}
	for _, m := range ids {
		var s protocol.TrainSettings
		setSetting(&s, m[1], 7)
		if s == (protocol.TrainSettings{}) {
			t.Errorf("field set-%s changes no setting", m[1])
		}
		if other, ok := seen[s]; ok {
			t.Errorf("fields set-%s and set-%s change the same setting", m[1], other)
		}
		seen[s] = m[1]
	}
}
