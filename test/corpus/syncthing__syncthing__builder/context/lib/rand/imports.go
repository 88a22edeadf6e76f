// Import list of package rand in lib/rand of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package rand

import (
	_ "bufio"
	_ "crypto/rand"
	_ "encoding/binary"
	_ "io"
	_ "math/rand"
	_ "reflect"
	_ "strings"
	_ "sync"
)
