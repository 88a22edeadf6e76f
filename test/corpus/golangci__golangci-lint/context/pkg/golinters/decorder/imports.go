// Import list of package decorder in pkg/golinters/decorder of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package decorder

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "gitlab.com/bosi/decorder"
	_ "strings"
)
