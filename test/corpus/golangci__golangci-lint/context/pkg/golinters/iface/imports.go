// Import list of package iface in pkg/golinters/iface of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package iface

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/uudashr/iface/identical"
	_ "github.com/uudashr/iface/opaque"
	_ "github.com/uudashr/iface/unexported"
	_ "github.com/uudashr/iface/unused"
	_ "github.com/uudashr/iface/unusedmethod"
	_ "golang.org/x/tools/go/analysis"
	_ "slices"
)
