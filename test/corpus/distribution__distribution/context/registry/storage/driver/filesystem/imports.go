// Import list of package filesystem in registry/storage/driver/filesystem of distribution/distribution (the import blocks of its non-test files; no code kept)
package filesystem

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/uuid"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/base"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/factory"
	_ "io"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "time"
)
