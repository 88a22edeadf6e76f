// Import list of package gomodguard in pkg/golinters/gomodguard of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gomodguard

import (
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/ryancurrah/gomodguard"
	_ "github.com/ryancurrah/gomodguard/v2"
	_ "golang.org/x/tools/go/analysis"
	_ "sync"
)
