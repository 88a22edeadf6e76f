// Import list of package cmd in tools/testgrid-analysis/cmd of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "context"
	_ "fmt"
	_ "github.com/GoogleCloudPlatform/testgrid/pb/api/v1"
	_ "github.com/GoogleCloudPlatform/testgrid/pb/test_status"
	_ "github.com/google/go-github/v60/github"
	_ "github.com/spf13/cobra"
	_ "google.golang.org/protobuf/encoding/protojson"
	_ "io"
	_ "net/http"
	_ "os"
	_ "strings"
	_ "time"
)
