// Import list of package config in veans/internal/config of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package config

import (
	_ "code.vikunja.io/veans/internal/output"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
