// Import list of package util in pkg/util/util of fatedier/frp (the import blocks of its non-test files; no code kept)
package util

import (
	_ "crypto/md5"
	_ "crypto/rand"
	_ "crypto/subtle"
	_ "encoding/hex"
	_ "fmt"
	_ "math/rand/v2"
	_ "net"
	_ "strconv"
	_ "strings"
	_ "time"
)
