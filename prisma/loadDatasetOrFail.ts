// The first step of db:setup and db seed: validate the data files before the database is touched,
// so bad files never reach it. Invalid data ends the script through `fail` with every problem.
import { loadDataset, type Dataset } from "../lib/dataset/load";
import { DatasetError } from "../lib/dataset/DatasetError";

export function loadDatasetOrFail(dataDir: string, fail: (message: string) => never): Dataset {
  try {
    return loadDataset(dataDir);
  } catch (error) {
    if (error instanceof DatasetError) fail(`${error.message}\nThe database was not changed.`);
    throw error;
  }
}
