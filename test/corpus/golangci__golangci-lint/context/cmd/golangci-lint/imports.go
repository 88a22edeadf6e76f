// Import list of package main in cmd/golangci-lint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "cmp"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands"
	_ "github.com/golangci/golangci-lint/v2/pkg/exitcodes"
	_ "os"
	_ "regexp"
	_ "runtime/debug"
	_ "strings"
)
