// Import list of package diskcache in diskcache of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package diskcache

import (
	_ "context"
	_ "crypto/sha1"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/spf13/afero"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "sync"
)
