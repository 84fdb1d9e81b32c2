package web

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web/protocol"
)

// TestEverySettingFieldSets: each number field the Train page shows (compare mode
// shows them all) changes its own setting, and no other field's.
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

// TestTypedSettingsOutliveLateDefaults: a field typed after a dataset was chosen
// stays as typed when that dataset's defaults arrive; the defaults of an earlier
// choice, arriving after a later one was made, change nothing.
func TestTypedSettingsOutliveLateDefaults(t *testing.T) {
	p := &Train{}
	defaults := protocol.TrainSettings{Mode: "finetune", Epochs: 5, Batch: 32, LR: 0.01}
	first := p.askDefaults()
	p.edit("epochs", 4)
	p.takeDefaults(first, defaults)
	if p.settings.Epochs != 4 || p.settings.Batch != 32 || p.settings.LR != 0.01 {
		t.Fatalf("settings %+v: want the defaults with the typed 4 epochs", p.settings)
	}
	second := p.askDefaults() // another dataset: the earlier edit is superseded
	stale := first
	p.takeDefaults(stale, protocol.TrainSettings{Epochs: 9})
	if p.settings.Epochs != 4 {
		t.Fatalf("a stale reply changed the settings to %+v", p.settings)
	}
	p.takeDefaults(second, defaults)
	if p.settings != defaults {
		t.Fatalf("settings %+v: want the new defaults, the edit made before the choice replaced", p.settings)
	}
}
