// Import list of package testutil in testutil of prometheus/pushgateway (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "github.com/prometheus/client_model/go"
	_ "google.golang.org/protobuf/proto"
)
