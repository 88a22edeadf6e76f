// Import list of package osutil in util/osutil of docker/buildx (the import blocks of its non-test files; no code kept)
package osutil

import (
	_ "errors"
	_ "io/fs"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "syscall"
)
