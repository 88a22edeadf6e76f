// Import list of package main in scripts/print_ast of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "go/ast"
	_ "go/parser"
	_ "go/token"
	_ "log"
)
