// Import list of package conf in conf of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package conf

import (
	_ "crypto/sha256"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "time"
	_ "unicode"
	_ "unicode/utf8"
)
