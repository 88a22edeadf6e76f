// Import list of package integration in test of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package integration

import (
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/rc"
	_ "io"
	_ "log"
	_ "math/rand"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "slices"
	_ "strings"
	_ "syscall"
	_ "testing"
	_ "time"
	_ "unicode"
)
