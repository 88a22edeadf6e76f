// Import list of package credentials in veans/internal/credentials of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package credentials

import (
	_ "errors"
	_ "fmt"
	_ "github.com/zalando/go-keyring"
	_ "golang.org/x/sys/unix"
	_ "gopkg.in/yaml.v3"
	_ "io"
	_ "os"
	_ "path/filepath"
)
