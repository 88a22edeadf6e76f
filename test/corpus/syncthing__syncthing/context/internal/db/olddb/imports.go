// Import list of package olddb in internal/db/olddb of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package olddb

import (
	_ "encoding/binary"
	_ "fmt"
	_ "github.com/syncthing/syncthing/internal/db/olddb/backend"
	_ "github.com/syncthing/syncthing/internal/gen/bep"
	_ "github.com/syncthing/syncthing/internal/gen/dbproto"
	_ "github.com/syncthing/syncthing/lib/osutil"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "google.golang.org/protobuf/proto"
	_ "slices"
	_ "sync"
	_ "time"
)
