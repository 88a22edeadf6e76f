// Import list of package walpb in server/storage/wal/walpb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package walpb

import (
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/raft/v3/raftpb"
	_ "google.golang.org/protobuf/proto"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
