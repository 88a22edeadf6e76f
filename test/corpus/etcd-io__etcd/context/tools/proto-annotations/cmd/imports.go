// Import list of package cmd in tools/proto-annotations/cmd of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/reflect/protoregistry"
	_ "io"
	_ "os"
	_ "slices"
	_ "sort"
	_ "strings"
)
