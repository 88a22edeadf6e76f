// Import list of package internal in pkg/commands/internal of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/spf13/pflag"
	_ "github.com/spf13/viper"
	_ "go.yaml.in/yaml/v3"
	_ "go/format"
	_ "golang.org/x/mod/sumdb/dirhash"
	_ "io"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
	_ "text/template"
	_ "time"
	_ "unicode"
)
