// Import list of package gochecksumtype in pkg/golinters/gochecksumtype of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gochecksumtype

import (
	_ "github.com/alecthomas/go-check-sumtype"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "golang.org/x/tools/go/analysis"
	_ "golang.org/x/tools/go/packages"
	_ "strings"
	_ "sync"
)
