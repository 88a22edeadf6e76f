// Import list of package inmemory in registry/storage/driver/inmemory of distribution/distribution (the import blocks of its non-test files; no code kept)
package inmemory

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/base"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/factory"
	_ "io"
	_ "net/http"
	_ "path"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
