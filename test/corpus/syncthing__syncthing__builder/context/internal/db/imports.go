// Import list of package db in internal/db of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package db

import (
	_ "database/sql"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "github.com/syncthing/syncthing/internal/gen/dbproto"
	_ "github.com/syncthing/syncthing/lib/config"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "github.com/thejerf/suture/v4"
	_ "google.golang.org/protobuf/proto"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "iter"
	_ "strings"
	_ "time"
)
