// Import list of package osutil in lib/osutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package osutil

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "github.com/syncthing/syncthing/lib/dialer"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/netutil"
	_ "golang.org/x/text/unicode/norm"
	_ "io"
	_ "net"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
