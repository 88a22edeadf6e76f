// Import list of package main in internal/generators/dns/providers of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "embed"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/generators/dns/descriptors"
	_ "go/format"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "text/template"
)
