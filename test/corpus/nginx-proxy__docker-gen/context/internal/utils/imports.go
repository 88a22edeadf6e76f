// Import list of package utils in internal/utils of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package utils

import (
	_ "errors"
	_ "io/fs"
	_ "os"
	_ "strings"
)
