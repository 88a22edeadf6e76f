// Import list of package configuration in cmd/internal/configuration of go-acme/lego (the import blocks of its non-test files; no code kept)
package configuration

import (
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/certificate"
	_ "github.com/go-acme/lego/v5/lego"
	_ "github.com/go-acme/lego/v5/log"
	_ "gopkg.in/yaml.v3"
	_ "log/slog"
	_ "maps"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "time"
)
