// Import list of package store in src/store of schollz/croc (the import blocks of its non-test files; no code kept)
package store

import (
	_ "context"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/subtle"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/diskusage"
	_ "github.com/schollz/croc/v11/src/storecrypto"
	_ "golang.org/x/sys/unix"
	_ "hash/maphash"
	_ "io"
	_ "math"
	_ "net"
	_ "net/http"
	_ "net/netip"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
