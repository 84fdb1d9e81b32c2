package model

import "testing"

func TestParamCountMatchesTorchvision(t *testing.T) {
	for classes, want := range map[int]int{1000: 11689512, 2: 11177538} {
		if got := ParamCount(classes); got != want {
			t.Errorf("ParamCount(%d) = %d, torchvision has %d", classes, got, want)
		}
	}
	if n := len(Entries(2)); n != 122 {
		t.Errorf("state dict has %d entries, torchvision resnet18 has 122", n)
	}
}
