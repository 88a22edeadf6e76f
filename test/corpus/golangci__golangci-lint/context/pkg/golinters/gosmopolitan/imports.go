// Import list of package gosmopolitan in pkg/golinters/gosmopolitan of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gosmopolitan

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/xen0n/gosmopolitan"
	_ "strings"
)
