// Import list of package config in internal/config of miniflux/v2 (the import blocks of its non-test files; no code kept)
package config

import (
	_ "bufio"
	_ "bytes"
	_ "crypto/rand"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "log/slog"
	_ "maps"
	_ "miniflux.app/v2/internal/version"
	_ "net"
	_ "net/url"
	_ "os"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
