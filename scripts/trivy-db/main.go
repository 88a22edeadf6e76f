// Command trivy-db writes a trivy vulnerability database (BoltDB, schema 2) from our own advisory files, so the
// tests scan offline and find known results. It writes the buckets trivy reads for language packages:
//
//	"<ecosystem>::go-container-ci test advisories" / <package> / <advisory id> -> {VulnerableVersions, PatchedVersions}
//	"vulnerability" / <advisory id> -> {Title, Description, Severity}
//	"data-source" / "<ecosystem>::go-container-ci test advisories" -> {ID, Name, URL}
//
// Usage: trivy-db ADVISORY_DIR OUT_DB_FILE
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	bolt "go.etcd.io/bbolt"
)

type advisory struct {
	ID                 string   `json:"id"`
	Ecosystem          string   `json:"ecosystem"`
	Package            string   `json:"package"`
	VulnerableVersions []string `json:"vulnerableVersions"`
	PatchedVersions    []string `json:"patchedVersions"`
	Severity           string   `json:"severity"`
	Title              string   `json:"title"`
	Description        string   `json:"description"`
}

const sourceName = "go-container-ci test advisories"

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: trivy-db ADVISORY_DIR OUT_DB_FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "trivy-db:", err)
		os.Exit(1)
	}
}

func load(dir string) ([]advisory, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []advisory
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var a advisory
		if err := json.Unmarshal(data, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if a.ID == "" || a.Ecosystem == "" || a.Package == "" || len(a.VulnerableVersions) == 0 {
			return nil, fmt.Errorf("%s: id, ecosystem, package and vulnerableVersions are required", f)
		}
		out = append(out, a)
	}
	return out, nil
}

func put(b *bolt.Bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put([]byte(key), data)
}

func run(dir, dbFile string) error {
	advisories, err := load(dir)
	if err != nil {
		return err
	}
	_ = os.Remove(dbFile)
	db, err := bolt.Open(dbFile, 0o644, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Update(func(tx *bolt.Tx) error {
		vulns, err := tx.CreateBucketIfNotExists([]byte("vulnerability"))
		if err != nil {
			return err
		}
		sources, err := tx.CreateBucketIfNotExists([]byte("data-source"))
		if err != nil {
			return err
		}
		for _, a := range advisories {
			bucket := a.Ecosystem + "::" + sourceName
			eco, err := tx.CreateBucketIfNotExists([]byte(bucket))
			if err != nil {
				return err
			}
			pkg, err := eco.CreateBucketIfNotExists([]byte(a.Package))
			if err != nil {
				return err
			}
			if err := put(pkg, a.ID, map[string]any{"VulnerableVersions": a.VulnerableVersions, "PatchedVersions": a.PatchedVersions}); err != nil {
				return err
			}
			if err := put(vulns, a.ID, map[string]any{"Title": a.Title, "Description": a.Description, "Severity": a.Severity}); err != nil {
				return err
			}
			if err := put(sources, bucket, map[string]string{"ID": "go-container-ci", "Name": sourceName, "URL": "https://github.com/go-container-ci/go-container-ci/tree/main/test/fixtures/advisories"}); err != nil {
				return err
			}
		}
		return nil
	})
}
