// Import list of package main in cmd/dev/stdisco of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "crypto/rand"
	_ "encoding/binary"
	_ "flag"
	_ "github.com/syncthing/syncthing/internal/gen/discoproto"
	_ "github.com/syncthing/syncthing/lib/beacon"
	_ "github.com/syncthing/syncthing/lib/discover"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "google.golang.org/protobuf/proto"
	_ "log"
	_ "strings"
	_ "time"
)
