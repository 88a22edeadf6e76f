// Import list of package decrypt in cmd/syncthing/decrypt of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package decrypt

import (
	_ "encoding/binary"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/gen/bep"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/fs"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/syncthing/syncthing/lib/scanner"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "log"
	_ "os"
	_ "path/filepath"
)
