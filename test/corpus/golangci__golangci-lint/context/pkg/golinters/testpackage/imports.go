// Import list of package testpackage in pkg/golinters/testpackage of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package testpackage

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/maratori/testpackage/pkg/testpackage"
	_ "strings"
)
