// Import list of package printers in pkg/printers of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package printers

import (
	_ "encoding/json"
	_ "encoding/xml"
	_ "errors"
	_ "fmt"
	_ "github.com/fatih/color"
	_ "github.com/go-xmlfmt/xmlfmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/report"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "html/template"
	_ "io"
	_ "maps"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "text/tabwriter"
)
