// Import list of package storeclient in src/storeclient of schollz/croc (the import blocks of its non-test files; no code kept)
package storeclient

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/croc/v11/src/receivefs"
	_ "github.com/schollz/croc/v11/src/storecrypto"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
