// Import list of package main in internal/generators/releaser of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "context"
	_ "embed"
	_ "fmt"
	_ "github.com/hashicorp/go-version"
	_ "github.com/urfave/cli/v3"
	_ "go/ast"
	_ "go/format"
	_ "go/parser"
	_ "go/token"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "text/template"
)
