// Import list of package main in internal/generators/clihelp of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/cmd"
	_ "github.com/go-acme/lego/v5/internal/generators/clihelp/internal"
	_ "github.com/urfave/cli/v3"
	_ "log"
	_ "os"
	_ "strings"
	_ "text/template"
)
