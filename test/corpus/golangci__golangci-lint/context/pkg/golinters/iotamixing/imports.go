// Import list of package iotamixing in pkg/golinters/iotamixing of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package iotamixing

import (
	_ "github.com/AdminBenni/iota-mixing/pkg/analyzer"
	_ "github.com/AdminBenni/iota-mixing/pkg/analyzer/flags"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
