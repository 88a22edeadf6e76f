// Import list of package main in pkg/commands/internal/migrate/cloner of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "fmt"
	_ "go/ast"
	_ "go/parser"
	_ "go/printer"
	_ "go/token"
	_ "golang.org/x/tools/imports"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "reflect"
	_ "strings"
)
