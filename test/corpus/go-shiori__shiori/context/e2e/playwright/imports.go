// Import list of package playwright in e2e/playwright of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package playwright

import (
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/playwright-community/playwright-go"
	_ "github.com/stretchr/testify/require"
	_ "html/template"
	_ "io"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "strings"
	_ "testing"
	_ "time"
)
